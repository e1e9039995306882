# tst_layering: the layering as the build links it. Every library's link
# dependencies are followed transitively, through the imported targets too
# (Qt6::Widgets links Qt6::Gui, QCustomPlot links Qt6::Widgets), so a
# library that reaches a forbidden one through anything in between fails
# here, not only one that names it.
#
# The graph is CMake's own (cmake --graphviz) from a fresh configure of the
# source tree, so it is what the build would link now, with every generator
# expression evaluated as the build evaluates it.
#
#   cmake -DSOURCE_DIR=<source tree> -DWORK_DIR=<scratch dir>
#         [-DGENERATOR=...] [-DCXX_COMPILER=...] [-DBUILD_TYPE=...]
#         [-DPREFIX_PATH=a|b] -P check-layering.cmake
#   cmake -DDOT=<graph.dot> -P check-layering.cmake     (check a graph as given)
cmake_minimum_required(VERSION 3.25)

# Each rule: a library, then what it must never reach.
set(FORBIDDEN
    "lac_core: Qt6::Gui Qt6::Widgets Qt6::Svg Qt6::PrintSupport QCustomPlot"
    "lac_render: Qt6::Widgets QCustomPlot"
    "lac_widgets: lac_app")
# What each must reach: a graph without the imported targets, or a library
# renamed, would otherwise pass by showing nothing.
set(EXPECTED
    "lac_core: Qt6::Core"
    "lac_render: lac_core Qt6::Gui"
    "lac_widgets: lac_render Qt6::Widgets QCustomPlot"
    "lac_app: lac_widgets")

# A name as a pattern on the graph's labels: a Qt module by its target (also
# the versionless Qt::X) or its library file (libQt6X.so..., -lQt6X);
# QCustomPlot by any of its targets or files; anything else by its name.
function(label_pattern name out)
    if(name MATCHES "^Qt6::(.+)$")
        set(m "${CMAKE_MATCH_1}")
        set(${out} "^Qt6?::${m}$|Qt6${m}([.]|$)" PARENT_SCOPE)
    elseif(name STREQUAL "QCustomPlot")
        set(${out} "[Qq][Cc]ustom[Pp]lot" PARENT_SCOPE)
    else()
        set(${out} "^${name}$" PARENT_SCOPE)
    endif()
endfunction()

if(NOT DOT)
    if(NOT SOURCE_DIR OR NOT WORK_DIR)
        message(FATAL_ERROR "check-layering.cmake: give -DSOURCE_DIR and -DWORK_DIR, or -DDOT")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    # One graph, every kind of target and every external library in it.
    file(WRITE "${WORK_DIR}/CMakeGraphVizOptions.cmake" [=[
set(GRAPHVIZ_EXECUTABLES TRUE)
set(GRAPHVIZ_STATIC_LIBS TRUE)
set(GRAPHVIZ_SHARED_LIBS TRUE)
set(GRAPHVIZ_MODULE_LIBS TRUE)
set(GRAPHVIZ_INTERFACE_LIBS TRUE)
set(GRAPHVIZ_OBJECT_LIBS TRUE)
set(GRAPHVIZ_UNKNOWN_LIBS TRUE)
set(GRAPHVIZ_EXTERNAL_LIBS TRUE)
set(GRAPHVIZ_IGNORE_TARGETS "")
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
]=])
    set(args -S "${SOURCE_DIR}" -B "${WORK_DIR}" "--graphviz=${WORK_DIR}/targets.dot" -DBUILD_TESTING=OFF)
    if(GENERATOR)
        list(APPEND args -G "${GENERATOR}")
    endif()
    if(CXX_COMPILER)
        list(APPEND args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
    endif()
    if(BUILD_TYPE)
        list(APPEND args "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}")
    endif()
    if(PREFIX_PATH)
        string(REPLACE "|" ";" prefix "${PREFIX_PATH}")
        list(APPEND args "-DCMAKE_PREFIX_PATH=${prefix}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" ${args}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE log)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the configure of ${SOURCE_DIR} failed, so its layering cannot be read:\n${log}")
    endif()
    set(DOT "${WORK_DIR}/targets.dot")
endif()

# Nodes: "node3" [ label = "Qt6::Core", shape = ... ];  edges: "node0" -> "node3"
# (public, private and interface links alike: a static library's private
# links are linked into whatever links it; an add_dependencies() edge counts
# too, a lower layer waiting for a higher one being as wrong).
file(STRINGS "${DOT}" lines)
set(nodes "")
foreach(line IN LISTS lines)
    if(line MATCHES "^ *\"(node[0-9]+)\" \\[ label = \"([^\"]*)\"")
        set(label_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
        set(node_of_${CMAKE_MATCH_2} "${CMAKE_MATCH_1}")
        list(APPEND nodes "${CMAKE_MATCH_1}")
    elseif(line MATCHES "^ *\"(node[0-9]+)\" -> \"(node[0-9]+)\"")
        list(APPEND edges_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    endif()
endforeach()
list(LENGTH nodes node_count)
if(node_count EQUAL 0)
    message(FATAL_ERROR "${DOT}: no targets in the graph")
endif()

# Breadth first from start: sets reached (the nodes) and via_<node> (the node
# it was reached from) in the caller's scope.
function(reach start)
    set(seen "${start}")
    set(queue "${start}")
    while(queue)
        list(POP_FRONT queue n)
        foreach(m IN LISTS edges_${n})
            if(NOT m IN_LIST seen)
                list(APPEND seen "${m}")
                list(APPEND queue "${m}")
                set(via_${m} "${n}" PARENT_SCOPE)
            endif()
        endforeach()
    endwhile()
    set(reached "${seen}" PARENT_SCOPE)
endfunction()

# "lac_render -> Qt6::Svg -> Qt::Gui -> Qt6::Gui"
function(path_to start node out)
    set(path "${label_${node}}")
    while(NOT node STREQUAL start)
        set(node "${via_${node}}")
        set(path "${label_${node}} -> ${path}")
    endwhile()
    set(${out} "${path}" PARENT_SCOPE)
endfunction()

set(problems "")
foreach(kind FORBIDDEN EXPECTED)
    foreach(rule IN LISTS ${kind})
        string(REGEX MATCH "^([^:]+): (.*)$" _ "${rule}")
        set(library "${CMAKE_MATCH_1}")
        string(REPLACE " " ";" names "${CMAKE_MATCH_2}")
        if(NOT DEFINED node_of_${library})
            list(APPEND problems "${library} is not in the graph: renamed? (${DOT})")
            continue()
        endif()
        set(start "${node_of_${library}}")
        reach("${start}")
        foreach(name IN LISTS names)
            label_pattern("${name}" pattern)
            set(found "")
            foreach(n IN LISTS reached)
                if(NOT n STREQUAL start AND label_${n} MATCHES "${pattern}")
                    set(found "${n}")
                    break()
                endif()
            endforeach()
            if(kind STREQUAL "FORBIDDEN" AND found)
                path_to("${start}" "${found}" path)
                list(APPEND problems "${library} must not link ${name}, but does: ${path}")
            elseif(kind STREQUAL "EXPECTED" AND NOT found)
                list(APPEND problems "${library} should reach ${name} and does not: is the graph complete? (${DOT})")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "layering broken:\n  ${text}")
endif()
list(LENGTH FORBIDDEN rules)
message(STATUS "layering holds: ${rules} rules over ${node_count} targets and libraries")
