"""The facilitator's console: agenda and timer, teams, the current phase's controls, notes, what comes next."""
