# Tests of the console's jobs area.
