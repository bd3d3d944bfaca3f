# Tests of the console's terminals area.
