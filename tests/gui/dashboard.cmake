# Tests of the console's dashboard area.
