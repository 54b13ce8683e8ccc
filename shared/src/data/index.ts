// The data capability; everything here is exported through the core package.
export {};
