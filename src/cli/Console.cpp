#include "Console.h"

#include <cstdio>

namespace cockpit::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace cockpit::cli
