"""Generated programs: realistic TF2 scripts, run eagerly and with the engine's recommendations
applied, to find recommendations that change behaviour. The verdict comes only from running."""
