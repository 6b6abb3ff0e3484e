use clap::Parser as _;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Both ring (through some dependencies) and aws-lc-rs may be linked: choose one
    // before anything opens a TLS connection.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    // A panic's message may quote what it failed on (a note, a resource): say where the
    // process failed, never what it held.
    std::panic::set_hook(Box::new(|info| {
        let at =
            info.location().map_or_else(|| "an unknown place".to_owned(), |l| format!("{}:{}", l.file(), l.line()));
        eprintln!("carebrief: internal error at {at} (details withheld: they may quote patient data)");
    }));
    let cli = carebrief::cli::Cli::parse();
    match carebrief::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carebrief: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
