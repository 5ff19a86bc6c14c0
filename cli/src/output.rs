//! Writing to standard output without panicking when the reader goes away (`discret check | head`).

use std::io::Write;

/// Writes `text` to standard output. When the output is closed (a broken pipe), exits quietly with
/// code 0, as command-line tools do. Any other write error is printed and exits with code 2.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(crate::EXIT_CLEAN);
        }
        eprintln!(
            "{}",
            crate::locale::pick(
                format!("erreur : impossible d'écrire sur la sortie standard : {error}"),
                format!("error: cannot write to standard output: {error}"),
            )
        );
        std::process::exit(crate::EXIT_USAGE);
    }
}
