import EcographCLI

EcographCLI.main()
