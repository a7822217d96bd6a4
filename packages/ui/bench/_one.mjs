import { build } from "esbuild";
const ext = ["react","react-dom","@tanstack/react-query","react-hook-form","libphonenumber-js","lean-qr"].flatMap(n=>[n,n+"/*"]);
const r = await build({entryPoints:[process.argv[2]],bundle:false,minify:true,format:"esm",write:false,define:{"process.env.NODE_ENV":'"production"'},logLevel:"error"});
console.log(r.outputFiles[0].text);
