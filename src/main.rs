use clap::Parser as _;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Both ring (through some dependencies) and aws-lc-rs may be linked: choose one
    // before anything opens a TLS connection.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let cli = carebrief::cli::Cli::parse();
    match carebrief::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carebrief: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
