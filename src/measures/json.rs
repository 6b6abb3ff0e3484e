//! A borrowed JSON tree: what the chart reader reads resources from.
//!
//! `serde_json::Value` owns every string and keeps objects in maps, which makes parsing a
//! resource cost several allocations per element. [`Node`] borrows strings from the input
//! wherever they hold no escapes and keeps an object's members in one vector, and
//! [`parse_resource`] skips, unparsed, the top-level elements the measures never read
//! (narrative, names, addresses, notes, ...). Reading a population this way is what keeps
//! the measures within a small factor of merely parsing the export.
//!
//! A resource held as a `serde_json::Value` (one patient's files, a Bundle) is viewed as a
//! [`Node`] with [`Node::from_value`], so both inputs go through the same reader.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A JSON value whose strings borrow from the text (or the `Value`) it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    /// Every JSON number, as `serde_json::Value::as_f64` reads it.
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    /// Members in input order; a repeated key reads as its last value, as in `Value`.
    Object(Vec<(Cow<'a, str>, Node<'a>)>),
}

impl<'a> Node<'a> {
    /// The member `key` of an object (the last one, when a key repeats).
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        match self {
            Node::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Node::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }

    /// The keys of an object (none for anything else).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        let members: &[(Cow<'a, str>, Node<'a>)] = match self {
            Node::Object(members) => members,
            _ => &[],
        };
        members.iter().map(|(k, _)| k.as_ref())
    }

    /// A view of a `Value` that borrows its strings.
    pub fn from_value(v: &'a Value) -> Self {
        match v {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => n.as_f64().map_or(Node::Null, Node::Number),
            Value::String(s) => Node::String(Cow::Borrowed(s)),
            Value::Array(items) => Node::Array(items.iter().map(Node::from_value).collect()),
            Value::Object(map) => {
                Node::Object(map.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), Node::from_value(v))).collect())
            }
        }
    }
}

/// Parses one resource, keeping only the top-level elements `wanted` accepts (every
/// element, at any depth, below a kept one is kept). Anything that is not an object is
/// returned as it is, for the reader to reject.
pub(crate) fn parse_resource<'a>(text: &'a str, wanted: fn(&str) -> bool) -> Result<Node<'a>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let node = TopLevel { wanted }.deserialize(&mut de)?;
    de.end()?;
    Ok(node)
}

impl<'de> serde::Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor { wanted: None })
    }
}

struct TopLevel {
    wanted: fn(&str) -> bool,
}

impl<'de> DeserializeSeed<'de> for TopLevel {
    type Value = Node<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(NodeVisitor { wanted: Some(self.wanted) })
    }
}

/// Builds a [`Node`]; with `wanted`, an object's members other than the wanted ones are
/// skipped (only at the level it is given for).
struct NodeVisitor {
    wanted: Option<fn(&str) -> bool>,
}

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node<'de>, E> {
        Ok(Node::Number(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element::<Node<'de>>()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if self.wanted.is_some_and(|wanted| !wanted(&key)) {
                map.next_value::<IgnoredAny>()?;
            } else {
                members.push((key, map.next_value::<Node<'de>>()?));
            }
        }
        Ok(Node::Object(members))
    }
}

/// An object key, borrowed when it holds no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_parsed_node_reads_as_the_value_does() {
        let text = r#"{"resourceType":"Observation","id":"o\u0031","n":[1,-2,2.5,1e300],"b":true,"z":null,
            "o":{"k":"v","k":"w"},"text":{"div":"<div>skip me</div>"}}"#;
        let all = parse_resource(text, |_| true).unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        // Members keep the input order (and every repeat) but read as the Value does.
        let viewed = Node::from_value(&value);
        for key in ["resourceType", "id", "n", "b", "z", "text"] {
            assert_eq!(all.get(key), viewed.get(key), "{key}");
        }
        assert_eq!(all.keys().count(), value.as_object().unwrap().len());
        assert_eq!(all.get("o").unwrap().keys().count(), 2, "`k` twice");
        assert_eq!(all.get("id").and_then(Node::as_str), Some("o1"));
        assert_eq!(all.get("o").and_then(|o| o.get("k")).and_then(Node::as_str), Some("w"));
        let n: Vec<f64> = match all.get("n") {
            Some(Node::Array(items)) => items.iter().filter_map(Node::as_f64).collect(),
            _ => panic!(),
        };
        assert_eq!(n, [1.0, -2.0, 2.5, 1e300]);
        let some = parse_resource(text, |k| k != "text").unwrap();
        assert!(some.get("text").is_none() && some.get("b").is_some());
    }

    #[test]
    fn what_is_not_an_object_or_not_json_is_told() {
        assert_eq!(parse_resource("[1, 2]", |_| true).unwrap(), Node::from_value(&json!([1, 2])));
        assert!(parse_resource(r#"{"a": 1"#, |_| true).unwrap_err().is_eof());
        assert!(parse_resource(r#"{"a": 1} x"#, |_| true).unwrap_err().is_syntax());
    }
}
