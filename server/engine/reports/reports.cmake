target_sources(punchclock_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csvfield.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvreportwriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/daystatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payrollcolumn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payrollexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payrollprofile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/payrollprofilelist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportbuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportdataloader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportlayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workplanbuilder.cpp)
target_include_directories(punchclock_engine PUBLIC ${CMAKE_CURRENT_LIST_DIR})
