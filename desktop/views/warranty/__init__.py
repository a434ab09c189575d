"""Warranty in the window: the car's coverage on its work order (and from the customer
file), with the flags to look at, the exclusions and extensions; the manufacturer's
policies in System."""
