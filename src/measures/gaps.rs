//! Care gaps: what a coordinator acts on, decided by the measure rules.
