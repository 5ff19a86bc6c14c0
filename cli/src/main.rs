//! `discret`: checks replies to patient reviews for breaches of medical secrecy.

use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let code = discret_cli::commands::run(&arguments);
    ExitCode::from(code as u8)
}
