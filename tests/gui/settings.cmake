# Tests of the console's settings area.
