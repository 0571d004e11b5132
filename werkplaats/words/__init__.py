"""Word catalogs, one TOML file per area of the app (see ``werkplaats.i18n``)."""
