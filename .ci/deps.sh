#!/usr/bin/env bash
# Installs what LAC Viewer needs to build, run and test on Debian 12, by
# package name, only when something is missing. Run as root. Extra package
# names given as arguments are installed the same way (.ci/deps-reliability.sh).
set -euo pipefail
packages=(
  cmake g++ make
  qt6-base-dev qt6-svg-dev libqcustomplot-dev
  libgdal-dev gdal-bin libproj-dev rapidjson-dev libsimdjson-dev libbenchmark-dev
  fonts-dejavu-core fonts-wqy-microhei fonts-lohit-deva
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
  xvfb xauth imagemagick poppler-utils libxml2-utils
  libgif-dev
  postgresql-15 postgresql-15-postgis-3 libpq-dev
  help2man desktop-file-utils appstream dpkg-dev man-db geographiclib-tools
  "$@"
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The database tests start a throw-away cluster of their own and stop it;
  # a first install of the server would otherwise create and start a
  # permanent "main" cluster that nothing here uses.
  if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && ! dpkg-query -W -f='${Status}' postgresql-common 2>/dev/null | grep -q "install ok installed"; then
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/lacviewer-no-main-cluster.conf
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
