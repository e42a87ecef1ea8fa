import { Config } from '@remotion/cli/config';
import { webpackOverride } from './webpack-override';

Config.overrideWebpackConfig(webpackOverride);
Config.setBrowserExecutable('/usr/bin/chromium');
