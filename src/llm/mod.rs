//! Everything about the model: prompt rendering now; the OpenAI-compatible client,
//! DeepSeek specifics and model profiles join here. A prompt is rendered only from a
//! [`DeidRecord`](crate::deid::DeidRecord), so a real identifier cannot reach it.

pub mod render;

pub use render::{Prompt, render_problem_list};
