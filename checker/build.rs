//! Embeds every data file under `data/` into the crate, so that a new term or phrase is a data change.
//!
//! Generates `$OUT_DIR/data_files.rs` with one `(relative path, contents)` pair a file, through
//! `include_str!`, and asks Cargo to rerun when anything under `data/` changes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("Cargo sets CARGO_MANIFEST_DIR"));
    let data_dir = manifest_dir.join("data");
    println!("cargo:rerun-if-changed=data");

    let mut files = Vec::new();
    collect(&data_dir, &mut files);
    files.sort();

    let out_path = PathBuf::from(std::env::var("OUT_DIR").expect("Cargo sets OUT_DIR")).join("data_files.rs");
    let mut out = fs::File::create(&out_path).expect("OUT_DIR is writable");
    writeln!(out, "/// Every data file, as (path relative to `data/`, contents).").unwrap();
    writeln!(out, "pub static DATA_FILES: &[(&str, &str)] = &[").unwrap();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let relative = path.strip_prefix(&data_dir).expect("collected under data/").to_string_lossy().replace('\\', "/");
        writeln!(out, "    ({relative:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// Collects the `.tsv` and `.txt` files under `dir`, recursively.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if matches!(path.extension().and_then(|ext| ext.to_str()), Some("tsv" | "txt")) {
            files.push(path);
        }
    }
}
