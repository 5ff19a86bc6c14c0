//! `discret`: checks replies to patient reviews for breaches of medical secrecy.

use std::process::ExitCode;

/// jemalloc in place of the system allocator, because a check makes a few hundred small allocations.
/// `discret audit` of the 20,000 pairs of `make bench` ran in 0.92 to 0.95 s with it, against 1.02 to
/// 1.06 s with glibc's allocator (3 runs each, 2-core AMD EPYC). tikv-jemallocator does not support MSVC.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let code = discret_cli::commands::run(&arguments);
    ExitCode::from(code as u8)
}
