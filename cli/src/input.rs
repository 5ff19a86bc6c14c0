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
            InputError::Io { path, error } => formatter.write_str(&match error.kind() {
                std::io::ErrorKind::NotFound => crate::locale::pick(
                    format!("{path} : fichier introuvable ; vérifiez le chemin"),
                    format!("{path}: file not found; check the path"),
                ),
                std::io::ErrorKind::PermissionDenied => crate::locale::pick(
                    format!("{path} : lecture refusée (droits d'accès)"),
                    format!("{path}: permission denied"),
                ),
                std::io::ErrorKind::IsADirectory => crate::locale::pick(
                    format!("{path} : c'est un dossier ; donnez le chemin d'un fichier"),
                    format!("{path}: is a folder; give the path of a file"),
                ),
                _ => crate::locale::pick(
                    format!("impossible de lire {path} : {error}"),
                    format!("cannot read {path}: {error}"),
                ),
            }),
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

/// Reads `path` like [`read_text`], but decodes a file that is not UTF-8 as Windows-1252, the encoding
/// in which French Excel saves CSV by default. Returns the text and whether it was decoded so.
pub fn read_export(path: &str) -> Result<(String, bool), InputError> {
    match read_text(path) {
        Err(InputError::InvalidUtf8 { .. }) => {
            let bytes = std::fs::read(path).map_err(|error| InputError::Io { path: path.to_string(), error })?;
            Ok((bytes.iter().map(|&byte| windows_1252(byte)).collect(), true))
        }
        other => other.map(|text| (text, false)),
    }
}

/// Returns the character of a Windows-1252 byte. The five bytes it leaves undefined map to the C1
/// control of the same number, as browsers decode them.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
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
    fn windows_1252_bytes_decode() {
        let decoded: String = b"R\xe9ponse \x80 \x9c\x92".iter().map(|&byte| windows_1252(byte)).collect();
        assert_eq!(decoded, "Réponse € œ’");
    }

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
