//! Reading input files as UTF-8, with errors that name the file and the byte offset.

use std::fmt;
use std::io::Read;

/// An error reading an input file.
#[derive(Debug)]
pub enum InputError {
    /// The file could not be opened or read.
    Io { path: String, error: std::io::Error },
    /// The file is not valid UTF-8 from `offset` on.
    InvalidUtf8 { path: String, offset: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Io { path, error } => formatter.write_str(&crate::locale::pick(
                format!("impossible de lire {path} : {error}"),
                format!("cannot read {path}: {error}"),
            )),
            InputError::InvalidUtf8 { path, offset } => formatter.write_str(&crate::locale::pick(
                format!("{path} : UTF-8 invalide à l'octet {offset} ; enregistrez le fichier en UTF-8 et réessayez"),
                format!("{path}: invalid UTF-8 at byte {offset}; save the file as UTF-8 and try again"),
            )),
        }
    }
}

impl std::error::Error for InputError {}

/// Reads `path` (`-` for standard input) as UTF-8 text. A leading byte-order mark is dropped.
pub fn read_text(path: &str) -> Result<String, InputError> {
    let mut bytes = Vec::new();
    let name = if path == "-" { "<stdin>".to_string() } else { path.to_string() };
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut file| file.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|error| InputError::Io { path: name.clone(), error })?;
    decode(&name, bytes)
}

/// Decodes bytes as UTF-8, naming `name` and the offset of the first invalid byte on failure.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    let text = String::from_utf8(bytes).map_err(|error| InputError::InvalidUtf8 {
        path: name.to_string(),
        offset: error.utf8_error().valid_up_to(),
    })?;
    Ok(text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let error = decode("reply.txt", b"ab\xffcd".to_vec()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "reply.txt : UTF-8 invalide à l'octet 2 ; enregistrez le fichier en UTF-8 et réessayez"
        );
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        assert_eq!(decode("x", "\u{FEFF}Bonjour".as_bytes().to_vec()).unwrap(), "Bonjour");
    }
}
