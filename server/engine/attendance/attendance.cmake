target_sources(punchclock_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/attendancecalculator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attendancerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nightwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/punchassignment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/punchpairing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shift.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shiftrules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wallclock.cpp)
target_include_directories(punchclock_engine PUBLIC ${CMAKE_CURRENT_LIST_DIR})
