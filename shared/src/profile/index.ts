// The profile capability; everything here is exported through the core package.
export {};
