//! The `discret` command-line tool, as a library so that its commands can be tested directly.

pub mod args;
pub mod audit;
pub mod commands;
pub mod corpus;
pub mod diagnostic;
pub mod input;
pub mod locale;
pub mod output;

/// Exit code when no finding of severity error or warning was found.
pub const EXIT_CLEAN: i32 = 0;
/// Exit code when findings of severity error or warning were found.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code for usage and input errors.
pub const EXIT_USAGE: i32 = 2;
