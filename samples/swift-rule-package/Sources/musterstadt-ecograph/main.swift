import EcographCLI

// The whole ecograph command line — check, render, rules, … — with Musterstadt's rule added.
EcographCLI.main(extraRules: [CouncilProjectNeedsIndicatorDateRule.self], module: "musterstadt-rules")
