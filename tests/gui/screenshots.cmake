# The screenshot tool (not a test): every page at 1366×768 with simulated data, for
# docs/screenshots. scripts/take-screenshots.sh builds and runs it.
add_executable(punchclock-screenshots screenshots.cpp)
target_link_libraries(punchclock-screenshots PRIVATE punchclock_consoletestsupport punchclock_simulator)
