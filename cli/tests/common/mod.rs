//! Running the `discret` binary as a user does, shared by the CLI test files.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `discret` with `arguments`, writing `stdin` to its standard input, and returns its output.
pub fn discret(arguments: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_discret"))
        .args(arguments)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes()).expect("stdin accepts the input");
    child.wait_with_output().expect("the binary finishes")
}

/// Creates an empty folder for one test under the system's temporary folder, named after `name` and
/// this process. The test removes it when it is done.
#[allow(dead_code)]
pub fn temporary_folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir().join(format!("discret-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("the temporary folder can be created");
    folder
}
