global using ContactCenter.Contracts;
