"""The vault: key slots, the SQLCipher connection, migrations and repositories.

The only package that writes SQL or touches the vault's files.
"""
