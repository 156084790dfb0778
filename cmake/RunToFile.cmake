# cmake -DPROGRAM=prog -DARGUMENTS=arg,arg -DOUTPUT=FILE -P RunToFile.cmake: runs a program with the C locale
# and writes its standard output to a file (custom commands cannot redirect portably).
set(ENV{LC_ALL} C)
set(ENV{LANG} C)
set(ENV{LANGUAGE} "")
string(REPLACE "," ";" arguments "${ARGUMENTS}")
execute_process(COMMAND "${PROGRAM}" ${arguments} OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "${PROGRAM} ${arguments} failed (${result})")
endif()
