//! `dyad stats` (STUB: being written).

use super::Global;
use std::process::ExitCode;

/// Not yet available.
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    anyhow::bail!("dyad stats is not available yet")
}
