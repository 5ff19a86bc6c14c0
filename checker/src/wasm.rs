//! WebAssembly bindings: `check` takes and returns plain JavaScript objects.
//!
//! Strings reach Rust through wasm-bindgen, which replaces lone UTF-16 surrogates with U+FFFD; that
//! keeps every UTF-16 offset of the report equal to the offset in the JavaScript string, because both
//! are one code unit long.

use wasm_bindgen::prelude::*;

use crate::request::Request;

/// Installs the panic hook, so a panic (a bug) is logged to the console with its message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Checks a reply. `request` is `{reply, review?, reviewer?, lang?, strictness?, locale?, practice?}`;
/// the result is `{lang, strictness, truncated, findings: [...]}`.
#[wasm_bindgen]
pub fn check(request: JsValue) -> Result<JsValue, JsError> {
    let request: Request =
        serde_wasm_bindgen::from_value(request).map_err(|error| JsError::new(&format!("invalid request: {error}")))?;
    let report = crate::check(&request);
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    serde::Serialize::serialize(&report, &serializer)
        .map_err(|error| JsError::new(&format!("report could not be converted: {error}")))
}

/// Returns the version of the checker.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Rewrites a reply so that it passes a strict check. `request` is the same object as for `check`; `tone`
/// is `"warm"`, `"professional"` or `"neutral"`. The result is `{text, lang, composed, removed: [{text,
/// category, message}]}`.
#[wasm_bindgen]
pub fn rewrite(request: JsValue, tone: &str) -> Result<JsValue, JsError> {
    let request = parse_request(request)?;
    let tone = crate::Tone::from_id(tone)
        .ok_or_else(|| JsError::new(&format!("invalid tone {tone:?}: expected warm, professional or neutral")))?;
    to_js(&crate::rewrite(&request, tone))
}

/// Returns ready replies for the review of `request`. `situation` is `null` to detect it from the review,
/// or a situation id such as `"negative"`. The result is `{lang, situation, situations, suggestions:
/// [{situation, tone, text}]}`.
#[wasm_bindgen]
pub fn suggest(request: JsValue, situation: Option<String>) -> Result<JsValue, JsError> {
    let request = parse_request(request)?;
    let situation = match situation.as_deref() {
        None | Some("") => None,
        Some(id) => {
            Some(crate::Situation::from_id(id).ok_or_else(|| JsError::new(&format!("invalid situation {id:?}")))?)
        }
    };
    to_js(&crate::suggest(&request, situation))
}

fn parse_request(request: JsValue) -> Result<Request, JsError> {
    serde_wasm_bindgen::from_value(request).map_err(|error| JsError::new(&format!("invalid request: {error}")))
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(|error| JsError::new(&format!("result could not be converted: {error}")))
}
