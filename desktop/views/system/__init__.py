"""系统: the System page (language, data folder, version) and the first-run wizard."""
