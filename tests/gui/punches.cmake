# Tests of the console's punches area.
