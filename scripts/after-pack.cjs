// electron-builder's afterPack hook (see electron-builder.yml): flips Electron's fuses in the
// packaged binary, before it is signed, so the shipped app cannot be turned into a general
// Node runtime, debugged through flags or NODE_OPTIONS, or made to run code from outside its
// verified app.asar.
const { join } = require('node:path');
const { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } = require('@electron/fuses');

// Arch.arm64 in electron-builder's numbering; FuseState.ENABLE (the byte '1') in the fuse wire.
const ARM64 = 3;
const ENABLED = 0x31;

/** The fuses Dossier ships with; each line says what an attacker with a shell on the machine loses. */
function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature Apple Silicon needs to launch anything; re-sign
    // ad hoc here (a real identity, when configured, signs over it afterwards).
    resetAdHocDarwinSignature: platform === 'darwin' && arch === ARM64,
    [FuseV1Options.RunAsNode]: false, // ELECTRON_RUN_AS_NODE cannot turn Dossier into `node`
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false, // NODE_OPTIONS cannot inject --require
    [FuseV1Options.EnableNodeCliInspectArguments]: false, // no --inspect debugger on the main process
    [FuseV1Options.EnableCookieEncryption]: true, // cookies on disk encrypted with the OS keychain
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true, // app.asar must match its recorded hash (macOS, Windows)
    [FuseV1Options.OnlyLoadAppFromAsar]: true, // no loose app/ folder beside app.asar is ever run
    // The windows load app://, not file://, so file: pages need none of Chromium's extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where electron-builder put the Electron binary (the .app bundle on macOS). */
function executablePath({ appOutDir, electronPlatformName, packager }) {
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const file = executablePath(context);
  const config = fuseConfig(context.electronPlatformName, context.arch);
  await flipFuses(file, config);
  // Read the wire back: a fuse this Electron does not have, or a write that did not land, fails the build.
  const wire = await getCurrentFuseWire(file);
  for (const [option, wanted] of Object.entries(config)) {
    if (!/^\d+$/.test(option)) continue;
    const on = wire[option] === ENABLED;
    if (on !== wanted) throw new Error(`Electron fuse ${FuseV1Options[option]} is not ${wanted ? 'on' : 'off'} in ${file}`);
  }
}

module.exports = { default: afterPack, fuseConfig, executablePath };
