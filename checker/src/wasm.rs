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
