# Tests of the console's users area.
