#!/usr/bin/env bash
# <xbar.title>NascarDfs jobs</xbar.title>
# <xbar.version>v1.0</xbar.version>
# <xbar.desc>Queued + running NascarDfs jobs in the menu bar, the last 5 jobs, and a link to the app when it is serving.</xbar.desc>
# <xbar.dependencies>nascar-dfs (dotnet tool install --global nascar-dfs)</xbar.dependencies>
# <swiftbar.hideRunInTerminal>true</swiftbar.hideRunInTerminal>
# <swiftbar.hideLastUpdated>false</swiftbar.hideLastUpdated>
#
# Works with xbar and SwiftBar (macOS menu bar) and Argos (GNOME top bar): all three run this script every
# 10 seconds (the ".10s." in the file name) and show what `nascar-dfs status --format xbar` prints.
# Set NASCARDFS_HOME or NASCARDFS_DB below if the app uses a data folder other than the default.

# Menu-bar apps start plugins with a minimal PATH: add the usual places of dotnet and global .NET tools.
export PATH="$HOME/.dotnet/tools:$HOME/.dotnet:/usr/local/share/dotnet:/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:$PATH"
# export NASCARDFS_HOME="$HOME/Library/Application Support/NascarDfs"

if ! command -v nascar-dfs >/dev/null 2>&1; then
  echo "🏁 ?"
  echo "---"
  echo "nascar-dfs is not installed (or not on PATH) | color=red"
  echo "Install: dotnet tool install --global nascar-dfs"
  exit 0
fi

exec nascar-dfs status --format xbar
