#pragma once

#include <QStringList>

namespace cockpit {
class Settings;
}

namespace cockpit::cli {

// `profile list|show|test|import|remove`. Passwords go to and come from the keychain only.
int runProfileCommand(const QStringList& arguments, Settings& settings);

} // namespace cockpit::cli
