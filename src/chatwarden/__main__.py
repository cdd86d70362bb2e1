from chatwarden.cli import main

main()
