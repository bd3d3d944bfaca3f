# Tests of the console's reports area.
