"""Training code for shipped artifacts (needs ``../shared/data``; never imported at run time)."""
