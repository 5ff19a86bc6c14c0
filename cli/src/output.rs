//! Writing to standard output without panicking when the reader goes away (`discret check | head`).

use std::io::Write;

/// Writes `text` to standard output. When the output is closed (a broken pipe), exits quietly with
/// code 0, as command-line tools do. Any other write error is printed and exits with code 2.
pub fn print(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        exit_on_write_error(&error);
    }
}

/// Writes `value` to standard output as indented JSON and a line break, streamed: an audit of many
/// replies makes tens of megabytes, which are never held in memory whole. Write errors are handled as
/// in [`print`].
pub fn print_json(value: &impl serde::Serialize) {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut stdout, value)
        .map_err(std::io::Error::from)
        .and_then(|()| stdout.write_all(b"\n"))
        .and_then(|()| stdout.flush());
    if let Err(error) = written {
        exit_on_write_error(&error);
    }
}

/// Exits quietly with code 0 on a broken pipe; prints any other write error and exits with code 2.
fn exit_on_write_error(error: &std::io::Error) -> ! {
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
