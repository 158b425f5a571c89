# cmake -DBINARY=path/to/tpfinder -P check_lean_link.cmake: fails when the executable has a Qt
# Multimedia, TextToSpeech, Charts or PrintSupport library among its direct dependencies (DT_NEEDED).
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} -d ${BINARY} OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "readelf -d ${BINARY} failed (${result})")
endif()
string(REGEX MATCHALL "NEEDED[^\n]*" needed "${dynamic}")
list(LENGTH needed count)
if(count EQUAL 0)
  message(FATAL_ERROR "${BINARY}: no NEEDED entries found; is it a dynamic executable?")
endif()
foreach(entry IN LISTS needed)
  if(entry MATCHES "libQt6(Multimedia|TextToSpeech|Charts|PrintSupport)")
    message(FATAL_ERROR "${BINARY} links ${CMAKE_MATCH_0} directly; it belongs in the extras module "
                        "(src/gui/app/Extras.h), loaded on first use")
  endif()
endforeach()
message(STATUS "${BINARY}: ${count} direct dependencies, none of them Qt Multimedia, TextToSpeech, Charts or PrintSupport")
