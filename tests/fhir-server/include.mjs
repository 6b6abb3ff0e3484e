// `_include` for the carebrief FHIR test server.
//
// medplum 4.5.2's MemoryRepository parses `_include` into SearchRequest.include but does
// nothing with it. This module does the including after medplum has produced a page of
// matches, using only public @medplum/core APIs: the R4 SearchParameter definitions
// (getSearchParameter) and FHIRPath evaluation (parseFhirPath/evalFhirPath), plus the
// repository's readResource.
//
// How it works, for one page:
//   1. For every `_include=Source:param[:Target]`, look up `param` for `Source` and take its
//      FHIRPath expression.
//   2. Evaluate that expression on each match whose type is `Source`. Keep the values that are
//      relative references `Type/id` (optionally with `/_history/v`, which is ignored) and,
//      when `:Target` is given, of that type.
//   3. Read every distinct reference once. References that do not resolve are skipped, and so
//      are contained (`#x`), absolute-URL, urn and logical (identifier-only) references.
//   4. `_include:iterate` targets are also applied to the resources included in the previous
//      round, until nothing new turns up (at most MAX_ITERATE_ROUNDS rounds).
// A resource that is already on the page (as a match or an earlier include) is not added twice.

import { evalFhirPath, getSearchParameter, parseFhirPath } from '@medplum/core';

const MAX_ITERATE_ROUNDS = 8;

// "Type/id" or "Type/id/_history/vid"; anything with a scheme, '#' or extra slashes is not local.
const LOCAL_REFERENCE = /^([A-Z][A-Za-z]*)\/([^/#?:]+)(?:\/_history\/[^/]+)?$/;

/**
 * Checks the parsed `_include` targets of a search of `searchType`.
 * Returns a list of problems (empty when all targets are usable).
 * @param {string} searchType - the resource type being searched
 * @param {Array<{resourceType: string, searchParam: string, targetType?: string, modifier?: string}>} targets
 * @param {Set<string>} knownTypes - all resource types of the schema
 */
export function includeProblems(searchType, targets, knownTypes) {
  const problems = [];
  for (const t of targets ?? []) {
    const label = [t.resourceType, t.searchParam, t.targetType].filter(Boolean).join(':');
    if (!knownTypes.has(t.resourceType)) {
      problems.push(`_include=${label}: unknown resource type "${t.resourceType}"`);
      continue;
    }
    if (t.modifier !== 'iterate' && t.resourceType !== searchType) {
      problems.push(`_include=${label}: source type must be ${searchType} (or use _include:iterate)`);
      continue;
    }
    const param = getSearchParameter(t.resourceType, t.searchParam);
    if (!param) {
      problems.push(`_include=${label}: unknown search parameter "${t.searchParam}" for ${t.resourceType}`);
      continue;
    }
    if (param.type !== 'reference' || !param.expression) {
      problems.push(`_include=${label}: "${t.searchParam}" is not a reference search parameter`);
      continue;
    }
    if (t.targetType && !knownTypes.has(t.targetType)) {
      problems.push(`_include=${label}: unknown target type "${t.targetType}"`);
    }
  }
  return problems;
}

/** One prepared `_include` target: which resources it applies to and how to get references. */
function prepareTarget(t) {
  const param = getSearchParameter(t.resourceType, t.searchParam);
  if (param?.type !== 'reference' || !param.expression) {
    return undefined; // checked earlier for HTTP searches; searches inside a batch just skip it
  }
  return {
    sourceType: t.resourceType,
    targetType: t.targetType,
    iterate: t.modifier === 'iterate',
    path: parseFhirPath(param.expression),
  };
}

/** The distinct local "Type/id" keys that `target` yields for `resource`, in document order. */
function referencedKeys(target, resource) {
  if (resource.resourceType !== target.sourceType) {
    return [];
  }
  const keys = [];
  for (const value of evalFhirPath(target.path, resource)) {
    const ref = typeof value?.reference === 'string' ? value.reference : undefined;
    const m = ref && LOCAL_REFERENCE.exec(ref);
    if (!m) continue;
    const [, type, id] = m;
    if (target.targetType && type !== target.targetType) continue;
    keys.push(`${type}/${id}`);
  }
  return keys;
}

/**
 * Returns the `include` entries for a page of matched resources, in the order their
 * references were first met. `base` (may be empty) is used for `fullUrl`.
 * @param {import('@medplum/fhir-router').MemoryRepository} repo
 * @param {object[]} matches - the resources of the page's match entries
 * @param {object[]} includeTargets - SearchRequest.include
 * @param {string} base - absolute FHIR base URL of this server, or ''
 */
export async function includeEntries(repo, matches, includeTargets, base) {
  const targets = (includeTargets ?? []).map(prepareTarget).filter(Boolean);
  if (!targets.length || !matches.length) {
    return [];
  }

  const onPage = new Set(matches.map((r) => `${r.resourceType}/${r.id}`));
  const looked = new Map(); // "Type/id" -> resource | null (does not exist)
  const entries = [];

  const readOnce = async (key) => {
    if (!looked.has(key)) {
      const slash = key.indexOf('/');
      let found = null;
      try {
        found = await repo.readResource(key.slice(0, slash), key.slice(slash + 1));
      } catch {
        found = null; // not found (or deleted): skipped
      }
      looked.set(key, found);
    }
    return looked.get(key);
  };

  let sources = matches;
  let active = targets; // first round: every target, applied to the matches
  for (let round = 0; round <= MAX_ITERATE_ROUNDS && sources.length && active.length; round++) {
    const added = [];
    for (const resource of sources) {
      for (const target of active) {
        for (const key of referencedKeys(target, resource)) {
          if (onPage.has(key)) continue;
          const found = await readOnce(key);
          if (!found) continue;
          onPage.add(key);
          added.push(found);
          entries.push({
            ...(base ? { fullUrl: `${base}/${key}` } : {}),
            resource: found,
            search: { mode: 'include' },
          });
        }
      }
    }
    // later rounds: only :iterate targets, applied to what was just included
    sources = added;
    active = targets.filter((t) => t.iterate);
  }
  return entries;
}
