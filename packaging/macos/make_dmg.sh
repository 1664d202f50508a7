#!/usr/bin/env bash
# Make dist/CX-Account-Desk-<version>.dmg from "dist/CX Account Desk.app" (macOS; hdiutil), optionally
# signed, notarised and stapled.
#
#   pyinstaller build.spec --noconfirm && bash packaging/macos/make_dmg.sh
#
# Environment (see packaging/README.md):
#   CXDESK_MACOS_IDENTITY        "Developer ID Application: Name (TEAMID)": check that the .app was
#                                signed by the build (set it, and CXDESK_MACOS_ENTITLEMENTS=
#                                packaging/macos/entitlements.plist, for pyinstaller too), sign the .dmg
#   CXDESK_NOTARY_PROFILE        a notarytool keychain profile (xcrun notarytool store-credentials):
#                                notarise the .dmg and staple the ticket
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP="dist/CX Account Desk.app"
DMG="dist/CX-Account-Desk-$VERSION.dmg"
[ -d "$APP" ] || { echo "$APP not found: run pyinstaller build.spec --noconfirm on macOS first" >&2; exit 1; }

if [ -n "${CXDESK_MACOS_IDENTITY:-}" ]; then
    # build.spec signed every binary and the bundle (hardened runtime, CXDESK_MACOS_ENTITLEMENTS)
    # when CXDESK_MACOS_IDENTITY was set for pyinstaller; refuse a bundle that is not signed.
    codesign --verify --deep --strict --verbose=2 "$APP"
    codesign --display --verbose=2 "$APP" 2>&1 | grep -q "flags=.*runtime" ||
        { echo "$APP is not signed with the hardened runtime: build with CXDESK_MACOS_IDENTITY set" >&2; exit 1; }
fi

STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
ditto "$APP" "$STAGING/$(basename "$APP")"   # keeps symlinks, permissions and signatures
ln -s /Applications "$STAGING/Applications"   # drag the app onto it to install
rm -f "$DMG"
hdiutil create -volname "CX Account Desk $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CXDESK_MACOS_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CXDESK_MACOS_IDENTITY" "$DMG"
fi
if [ -n "${CXDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$CXDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "built $DMG"
