# Command builders and result decoders (protocol.md §6); listed here so they can grow apart
# from the rest of the protocol library.
target_sources(punchclock_protocol PRIVATE
    adminlogcodec.cpp
    commandbuilder.cpp
    commandjsonbuilder.cpp
    commandjsonreader.cpp
    commandresults.cpp
    commandtraits.cpp
    commandvalidation.cpp)
